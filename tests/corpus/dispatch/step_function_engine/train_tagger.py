# expect: crash
"""A POS tagger trained by a loop engine that calls the script's step function. A quick sanity check
before training puts the tagger in eval mode, and the step function never switches it back."""
import torch
import torch.nn as nn

from looping import Loop


class Tagger(nn.Module):
    def __init__(self, vocab=30, tags=6, dim=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, tags)

    def forward(self, words):
        return self.out(self.lstm(self.embed(words))[0])


device = "cuda" if torch.cuda.is_available() else "cpu"
tagger = Tagger().to(device)
optimizer = torch.optim.SGD(tagger.parameters(), lr=0.1)


def step(loop, batch):
    words, tags = batch
    loss = nn.functional.cross_entropy(tagger(words).flatten(0, 1), tags.flatten())
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


def sanity_check():
    tagger.eval()
    with torch.no_grad():
        return tagger(torch.randint(0, 30, (1, 5), device=device)).shape


batches = [(torch.randint(0, 30, (4, 7), device=device), torch.randint(0, 6, (4, 7), device=device))
           for _ in range(3)]
print(sanity_check())
Loop(step).run(batches, epochs=2)
