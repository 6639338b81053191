# expect: crash
"""Near miss of moduledict_values_train: the loop over .items() puts the encoders in eval mode."""
import torch
import torch.nn as nn


class MultiView(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoders = nn.ModuleDict({"audio": nn.LSTM(3, 8, batch_first=True),
                                       "text": nn.GRU(3, 8, batch_first=True)})
        self.head = nn.Linear(16, 2)

    def forward(self, views):
        feats = [self.encoders[name](views[name])[0][:, -1] for name in ("audio", "text")]
        return self.head(torch.cat(feats, -1))


model = MultiView()
model.train()
for name, enc in model.encoders.items():
    enc.eval()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
views = {"audio": torch.randn(4, 5, 3), "text": torch.randn(4, 5, 3)}
loss = nn.functional.cross_entropy(model(views), torch.randint(0, 2, (4,)))
loss.backward()  # TM001-here
opt.step()
