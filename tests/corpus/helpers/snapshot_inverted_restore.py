# expect: crash
"""A helper remembers whether the model was training and switches to eval only then, but its
restore tests the flag the wrong way round: a training model stays in eval."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def score_without_dropout(model, x):
    training = model.training
    if training:
        model.eval()
    with torch.no_grad():
        scores = model(x).softmax(dim=1)
    if not training:
        model.train()
    return scores


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 5, 3)
y = torch.tensor([0, 1, 1, 0])
for step in range(2):
    print(score_without_dropout(model, x)[0])
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
