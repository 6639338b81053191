# expect: clean
"""Fine-tuning puts the whole model in eval (frozen BatchNorm statistics), then trains again the submodules a
config class names, the LSTM among them (the config class itself is handed to the helper)."""
import torch
from torch import nn


class ConvRecurrent(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv1d(3, 6, 3, padding=1), nn.BatchNorm1d(6), nn.ReLU())
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(self.cnn(x).transpose(1, 2))[0][:, -1])


class Config:
    trainable = ("rnn", "head")


def finetune_mode(model, cfg):
    model.eval()
    for name in cfg.trainable:
        getattr(model, name).train()
    return model


model = finetune_mode(ConvRecurrent(), Config)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(2):
    loss = nn.functional.cross_entropy(model(torch.randn(4, 3, 7)), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
