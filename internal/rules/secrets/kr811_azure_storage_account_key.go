package secrets

import (
	"github.com/krait-dev/krait/internal/analysis"
)

// KR811 is the rule of detector KR811 of internal/secrets.
var KR811 = &analysis.Rule{
	ID:    "KR811",
	Name:  "azure_storage_account_key",
	Title: "Hardcoded Azure storage account key",
	Why: "A storage account key (in a connection string's AccountKey= or on its own) grants full control of " +
		"the account: every blob, queue, table and file share in it, and the power to mint SAS tokens.",
	Bad:  "# The token is split in two literals only so that this page holds no\n# token that other scanners would flag: krait joins them, as Python does.\nCONNECTION_STRING = \"DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=\" \"KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net\"",
	Good: "import os\n\nCONNECTION_STRING = os.environ[\"AZURE_STORAGE_CONNECTION_STRING\"]\n# or DefaultAzureCredential and role assignments",
	Notes: "Matches AccountKey= (88 base64 characters) and SharedAccessKey= (Service Bus, Event Hubs) in " +
		"connection strings, and an 88-character key bound to a name such as account_key or " +
		"AZURE_STORAGE_KEY. The storage emulator's published development key is not reported.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      kinds,
	Run:        run,
	Batch:      "secrets",
}
