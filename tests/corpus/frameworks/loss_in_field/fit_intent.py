# expect: crash
"""Intent classifier trained with the learner library's default loss (a function the learner keeps in a
field); the learner validates every two steps and never switches the network back to training mode."""
import torch
import torch.nn as nn

from learner import Learner


class IntentNet(nn.Module):
    def __init__(self, vocab=50, dim=16, intents=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.classify = nn.Linear(2 * dim, intents)

    def forward(self, tokens):
        states, _ = self.encoder(self.embed(tokens))
        return self.classify(states.mean(1))


device = "cuda" if torch.cuda.is_available() else "cpu"


def batches(n):
    return [(torch.randint(0, 50, (8, 10), device=device), torch.randint(0, 4, (8,), device=device))
            for _ in range(n)]


Learner(IntentNet().to(device), batches(4), batches(1)).fit(2)
