// Builds a graph of circles from examples/social, names it, and queries it (bin/quiver query --graph examples/social --file examples/compose.cypher).
CATALOG CREATE GRAPH session.circles {
  MATCH (p:Person)-[:KNOWS]->(f:Person)
  CONSTRUCT CLONE p, f CREATE (p)-[:IN]->(c:Circle {owner: p.name}) CREATE (f)-[:IN]->(c)
  RETURN GRAPH };
FROM GRAPH session.circles MATCH (c:Circle)<-[:IN]-(m) RETURN c.owner, count(m) AS members ORDER BY c.owner;
