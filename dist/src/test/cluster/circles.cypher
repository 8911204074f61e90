// Submitted by run-standalone.sh: builds a graph on the cluster, stores it as Delta tables in the
// catalog directory (written by the executors), then reads it back from there.
CATALOG CREATE GRAPH store.circles {
  MATCH (p:Person)-[:KNOWS]->(f:Person) WHERE p.born < 1980
  CONSTRUCT CLONE p, f CREATE (p)-[:IN]->(c:Circle {owner: p.name}) CREATE (f)-[:IN]->(c)
  RETURN GRAPH };
FROM GRAPH store.circles MATCH (c:Circle)<-[:IN]-(m) RETURN c.owner AS owner, count(m) AS members ORDER BY owner;
