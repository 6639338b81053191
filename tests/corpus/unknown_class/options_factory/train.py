# expect: crash
"""The architecture comes from the options through a factory that looks classes up by name; validation at
the end of each epoch leaves the model in eval mode for the next epoch's backward."""
import torch

import architectures

options = {"arch": "GRUTagger", "features": 6, "epochs": 2}


def validate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 5, options["features"])).abs().mean().item()


torch.manual_seed(0)
model = architectures.build(options)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(options["epochs"]):
    loss = model(torch.randn(4, 5, options["features"])).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, validate(model))
