# expect: clean
"""A scoring helper takes a `deterministic` flag: only then does it switch the model to eval, and
only then does it switch it back. Both tests read the same flag, so training resumes in train mode."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


def score(model, x, deterministic):
    if deterministic:
        model.eval()
    with torch.no_grad():
        probs = model(x).softmax(dim=1)
    if deterministic:
        model.train()
    return probs


model = Classifier()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(6, 5, 4)
y = torch.randint(0, 2, (6,))
for step in range(4):
    print(score(model, x, deterministic=step % 2 == 0)[0].tolist())
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
