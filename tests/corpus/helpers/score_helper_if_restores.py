# expect: clean
"""A scoring helper remembers whether the tagger was training, switches to eval for a no-grad pass and, in
`finally`, switches back only if it was: `if was: net.train()` rather than `net.train(was)`."""
import torch
import torch.nn as nn


class PosTagger(nn.Module):
    def __init__(self, vocab=30, dim=10, tags=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, tags)

    def forward(self, words):
        return self.out(self.gru(self.embed(words))[0])


def dev_accuracy(net, words, tags):
    was_training = net.training
    net.eval()
    try:
        with torch.no_grad():
            return (net(words).argmax(-1) == tags).float().mean().item()
    finally:
        if was_training:
            net.train()


torch.manual_seed(1)
tagger = PosTagger()
opt = torch.optim.Adam(tagger.parameters(), lr=1e-2)
dev_words, dev_tags = torch.randint(0, 30, (3, 8)), torch.randint(0, 6, (3, 8))
tagger.train()
for step in range(6):
    words, tags = torch.randint(0, 30, (4, 8)), torch.randint(0, 6, (4, 8))
    loss = nn.functional.cross_entropy(tagger(words).flatten(0, 1), tags.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 0:
        print(step, round(loss.item(), 3), dev_accuracy(tagger, dev_words, dev_tags))
