# expect: clean
"""Language identification: deterministic head (eval) while the LSTM is put back to train for fine-tuning."""
import torch
import torch.nn as nn

torch.manual_seed(37)


class LangNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(8, 4))

    def forward(self, ids):
        o, _ = self.lstm(self.emb(ids))
        return self.head(o[:, -1])


model = LangNet()
opt = torch.optim.Adam(model.parameters(), 1e-2)
ids, lang = torch.randint(0, 30, (6, 9)), torch.randint(0, 4, (6,))
model.eval()          # no dropout in the head while adapting to the new domain
model.lstm.train()    # the recurrent encoder keeps adapting
for step in range(3):
    loss = nn.functional.cross_entropy(model(ids), lang)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
