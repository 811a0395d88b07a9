import torch
import torchvision.models as models

model = models.resnet18(pretrained=True)
torch.save(model.state_dict(), "model_weights.pth")
loaded_model = models.resnet18()
loaded_model.load_state_dict(torch.load("model_weights.pth"))  # want: B614(medium/high)
safe_model = torch.load("model_weights.pth", weights_only=True)
unsafe_model = torch.load("model_weights.pth", weights_only=False)  # want: B614
torch.load("model_weights.pth", map_location="cpu")  # want: B614
torch.serialization.load("model_weights.pth")  # want: B614
