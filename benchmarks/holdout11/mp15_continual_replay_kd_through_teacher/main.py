# expect: crash
# Continual learning with a reservoir replay buffer and knowledge distillation from a frozen teacher copy
# (continual/distill.py). The teacher is a deepcopy put in eval with requires_grad False -- but it reads the
# student's embeddings, so from the second experience on the student's gradient flows back through the
# teacher's eval-mode LSTM.
import torch
import torch.nn as nn

from continual import DistillationPlugin, ReplayKDStrategy, ReservoirBuffer


class TextModel(nn.Module):
    def __init__(self, vocab=40, d=12, classes=4):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.cls = nn.Linear(d, classes)

    def embed(self, x):
        return self.tok(x)

    def from_embeddings(self, e):
        return self.cls(self.lstm(e)[0][:, -1])

    def forward(self, x):
        return self.from_embeddings(self.embed(x))


torch.manual_seed(0)
model = TextModel()
strategy = ReplayKDStrategy(model, torch.optim.SGD(model.parameters(), lr=0.1), ReservoirBuffer(),
                            plugins=[DistillationPlugin()])
for exp_id in range(3):
    xs, ys = torch.randint(0, 40, (6, 8)), torch.randint(0, 4, (6,))
    print("experience", exp_id, strategy.train_experience(xs, ys))
print("done")
