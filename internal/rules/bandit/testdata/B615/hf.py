from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModel, AutoTokenizer

model = AutoModel.from_pretrained("org/model_name")  # want: B615(medium/high)
model = AutoModel.from_pretrained("org/model_name", revision="main")  # want: B615
model = AutoModel.from_pretrained("org/model_name", revision="5d0f2e8a7f1b3c4d5e6f7a8b9c0d1e2f3a4b5c6d")
model = AutoModel.from_pretrained("org/model_name", revision=REVISION)
tokenizer = AutoTokenizer.from_pretrained("org/model_name", commit_id="5d0f2e8")
tokenizer = AutoTokenizer.from_pretrained("./local_model")
tokenizer = AutoTokenizer.from_pretrained("/models/local")
ds = load_dataset("org/dataset")  # want: B615
ds = load_dataset("org/dataset", revision="abc1234")
path = hf_hub_download(repo_id="org/model", filename="config.json")  # want: B615
path = snapshot_download(repo_id="org/model")  # want: B615
path = snapshot_download(repo_id="org/model", revision="v1.0")  # want: B615
