package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR829 is the rule of detector KR829 of internal/secrets.
var KR829 = &analysis.Rule{
	ID:    "KR829",
	Name:  "url_password",
	Title: "Password in a database or broker URL",
	Why: "A connection URL with the password in it (postgres://user:password@host/db, redis://:password@host, " +
		"amqp://, mongodb+srv://) hands the database or broker to whoever reads the code: URLs end up in " +
		"logs, error pages and settings dumps as well.",
	Bad:  "DATABASE_URL = \"postgresql://app:\" \"Xk29CRES9yB2nY@db.internal:5432/app\"",
	Good: "import os\n\nDATABASE_URL = os.environ[\"DATABASE_URL\"]",
	Notes: "Schemes: PostgreSQL, MySQL, MariaDB, Redis, AMQP/RabbitMQ, MongoDB, SQL Server, Oracle, CockroachDB," +
		" ClickHouse, CouchDB, Neo4j, NATS, Kafka, Memcached, with SQLAlchemy's +driver suffixes. Not " +
		"reported: template variables (${DB_PASSWORD}, {password}, %(password)s), placeholders, a password " +
		"equal to the user name, and the well-known development defaults (postgres, root, guest, password, " +
		"…).",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
