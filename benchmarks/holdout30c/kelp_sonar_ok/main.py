# expect: clean
import torch

from kelpsonar import EchoNet, Trainer

torch.manual_seed(9)
trainer = Trainer(EchoNet())
for phase in ["fit", "fit", "survey"]:
    pings, density = torch.randn(4, 7, 5), torch.rand(4)
    print(phase, trainer[phase](pings, density))
