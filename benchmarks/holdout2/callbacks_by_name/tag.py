# expect: crash
# category: framework
"""POS-tagging with a GRU tagger, written as a module with manual optimisation for the Trainer."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from callbacks import PrintProgress, StopOnPlateau, ValidateEvery
from trainer import Trainer

torch.manual_seed(2)
N_WORDS, N_TAGS = 40, 5


class GRUTagger(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(N_WORDS, 8)
        self.rnn = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, N_TAGS)

    def forward(self, words):
        states, _ = self.rnn(self.emb(words))
        return self.proj(states)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=3e-3)

    def training_step(self, batch, optimizer):
        words, tags = batch
        logits = self(words)
        loss = F.cross_entropy(logits.reshape(-1, N_TAGS), tags.reshape(-1))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return {"loss": loss.item()}

    def validation_step(self, batch):
        words, tags = batch
        return (self(words).argmax(-1) == tags).float().mean().item()


def fake_corpus(n):
    return [(torch.randint(0, N_WORDS, (4, 7)), torch.randint(0, N_TAGS, (4, 7))) for _ in range(n)]


trainer = Trainer(max_epochs=2, callbacks=[PrintProgress(), ValidateEvery(every=3), StopOnPlateau()])
trainer.fit(GRUTagger(), fake_corpus(5), fake_corpus(2))
print("finished at step", trainer.global_step)
