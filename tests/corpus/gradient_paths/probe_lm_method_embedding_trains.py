# expect: crash
"""A linear probe on a pretrained LSTM language model, its LSTM frozen and in eval mode, its embedding
left trainable: the embedding's gradient runs the LSTM's backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class LanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(50, 8)
        self.encoder = nn.LSTM(8, 12, batch_first=True)
        self.decoder = nn.Linear(12, 50)

    def encode(self, tokens):
        states, _ = self.encoder(self.embedding(tokens))
        return states


lm = LanguageModel()
lm.eval()
for p in lm.encoder.parameters():
    p.requires_grad_(False)
probe = nn.Linear(12, 3)
opt = torch.optim.SGD(list(probe.parameters()) + list(lm.embedding.parameters()), lr=0.1)
for step in range(3):
    tokens, labels = torch.randint(0, 50, (4, 7)), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(probe(lm.encode(tokens)[:, -1]), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("probe loss", loss.item())
