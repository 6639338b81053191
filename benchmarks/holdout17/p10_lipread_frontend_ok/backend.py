import torch
import torch.nn as nn


class WordClassifier(nn.Module):
    def __init__(self, in_dim, n_words):
        super().__init__()
        self.temporal = nn.Conv1d(in_dim, in_dim, 3, padding=1)
        self.fc = nn.Linear(in_dim, n_words)

    def forward(self, h):
        return self.fc(torch.relu(self.temporal(h.transpose(1, 2))).mean(-1))


def fit(front, back, epochs):
    opt = torch.optim.Adam(back.parameters(), 1e-3)
    for epoch in range(epochs):
        back.train()
        frames, words = torch.rand(3, 6, 8, 8), torch.randint(0, 5, (3,))
        feats = front(frames)
        loss = nn.functional.cross_entropy(back(feats), words)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 4))
