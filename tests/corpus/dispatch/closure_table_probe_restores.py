# expect: clean
"""Near miss of closure_schedule_probe: the actions sit in a dict of lists keyed by event, and the
validation closure puts the tagger back in the mode it found it in."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class PosTagger(nn.Module):
    def __init__(self, vocab=24, n_tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, 10, batch_first=True, bidirectional=True)
        self.out = nn.Linear(20, n_tags)

    def forward(self, words):
        return self.out(self.gru(self.emb(words))[0])


def make_validation(tagger, words, tags):
    def run_validation(epoch):
        was_training = tagger.training
        tagger.eval()
        with torch.no_grad():
            acc = (tagger(words).argmax(-1) == tags).float().mean().item()
        tagger.train(was_training)
        print(f"epoch {epoch}: tag accuracy {acc:.2f}")
    return run_validation


tagger = PosTagger()
opt = torch.optim.Adam(tagger.parameters(), lr=1e-2)
events = {"epoch_end": [], "batch_end": []}
events["epoch_end"].append(make_validation(tagger, torch.randint(0, 24, (3, 7)), torch.randint(0, 5, (3, 7))))
events["batch_end"].append(lambda epoch: None)
for epoch in range(3):
    for _ in range(2):
        words, tags = torch.randint(0, 24, (3, 7)), torch.randint(0, 5, (3, 7))
        loss = nn.functional.cross_entropy(tagger(words).reshape(-1, 5), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    for name, handlers in events.items():
        for handler in handlers:
            handler(epoch)
