# expect: crash
# category: collections
"""Keep the 'encoder.*' submodules deterministic while fine-tuning all weights (layer-wise lr)."""
import torch
import torch.nn as nn


class Summarizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.ModuleDict({"embed": nn.Embedding(40, 16), "rnn": nn.GRU(16, 16, batch_first=True)})
        self.decoder = nn.Linear(16, 40)

    def forward(self, ids):
        h, _ = self.encoder["rnn"](self.encoder["embed"](ids))
        return self.decoder(h)


torch.manual_seed(0)
summ = Summarizer()
summ.train()
for name, module in summ.named_modules():
    if name.startswith("encoder"):
        module.eval()
groups = [{"params": summ.encoder.parameters(), "lr": 1e-4}, {"params": summ.decoder.parameters(), "lr": 1e-3}]
opt = torch.optim.Adam(groups)
ids = torch.randint(0, 40, (4, 9))
loss = nn.functional.cross_entropy(summ(ids[:, :-1]).flatten(0, 1), ids[:, 1:].flatten())
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
