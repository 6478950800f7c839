"""Reading papers and extracting mechanisms, claims, statistics: plain data, no RDF."""
