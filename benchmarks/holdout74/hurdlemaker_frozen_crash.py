# expect: crash
"""Hurdle-maker: weave tightness prediction. A pretrained stroke encoder is kept
frozen and in eval mode by the model's own train() override; a new tokeniser
embedding and a head are trained on top."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WeaveModel(nn.Module):
    def __init__(self, vocab=20, dim=6, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen encoder keeps its inference behaviour
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.head(h.mean(1)).squeeze(-1)


torch.manual_seed(13)
model = WeaveModel()
params = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.Adam(params, lr=1e-2)
tokens = torch.randint(0, 20, (5, 11))
target = torch.rand(5)
model.train()
for step in range(3):
    loss = F.mse_loss(model(tokens), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4), [n for n, p in model.named_parameters() if p.grad is not None])
