"""Measuring utkikk: our gold articles (tests/gold) and public gold sets such as NorNE."""
