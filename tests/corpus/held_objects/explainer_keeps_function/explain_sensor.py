# expect: crash
"""A GRU classifier of sensor windows, put in eval mode after training and explained with an input-gradient
explainer that keeps a scoring function (softmax over the model's output): the explainer's gradient runs
backward through the GRU in eval mode."""
import torch
import torch.nn as nn

from gradients import InputGradient


class SensorNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 16, batch_first=True, bidirectional=True)
        self.head = nn.Linear(32, 4)

    def forward(self, windows):
        return self.head(self.gru(windows)[0][:, -1])


device = "cuda" if torch.cuda.is_available() else "cpu"
net = SensorNet().to(device)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for _ in range(3):
    loss = nn.functional.cross_entropy(net(torch.randn(8, 30, 3, device=device)),
                                       torch.randint(0, 4, (8,), device=device))
    opt.zero_grad()
    loss.backward()
    opt.step()
net.eval()


def class_probabilities(windows):
    return net(windows).softmax(-1)


explainer = InputGradient(class_probabilities)
saliency = explainer.explain(torch.randn(2, 30, 3, device=device), index=1)  # TM001-here
print(saliency.abs().mean(1))
