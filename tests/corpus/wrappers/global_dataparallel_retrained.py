# expect: clean
"""The script keeps its model and a DataParallel wrapper of it at module level; evaluate() puts the model in
eval mode, and train() puts it back before running the wrapper: the wrapper runs the same LSTM, now in
training mode."""
import torch
import torch.nn as nn


class LanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8)
        self.decoder = nn.Linear(8, 4)

    def forward(self, x):
        return self.decoder(self.lstm(x)[0])


model = LanguageModel()
parallel_model = nn.DataParallel(model, dim=1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def evaluate():
    model.eval()
    with torch.no_grad():
        return parallel_model(torch.randn(6, 2, 4)).pow(2).mean().item()


def train():
    model.train()
    optimizer.zero_grad()
    parallel_model(torch.randn(6, 2, 4)).pow(2).mean().backward()
    optimizer.step()


torch.manual_seed(5)
for epoch in range(3):
    train()
    print(epoch, evaluate())
