# expect: clean
# category: near-miss
# Research script: word-level LSTM with weight-tied decoder; "training = False" is set on the wrapper
# so that its own embedding dropout (which checks self.training) is off during fine-tuning.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(51)
V, D = 40, 12


class TiedLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, D)
        self.rnn = nn.LSTM(D, D, batch_first=True)
        self.bias = nn.Parameter(torch.zeros(V))

    def forward(self, x):
        e = F.dropout(self.emb(x), 0.4, training=self.training)
        return self.rnn(e)[0] @ self.emb.weight.T + self.bias


lm = TiedLM()
opt = torch.optim.Adam(lm.parameters(), lr=1e-2)
corpus = torch.randint(0, V, (8, 11))

for step in range(3):
    logits = lm(corpus[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, V), corpus[:, 1:].reshape(-1))
    opt.zero_grad(); loss.backward(); opt.step()
print("pretrain", loss.item())

# fine-tune on the in-domain sentences without embedding dropout
lm.training = False
domain = torch.randint(0, 10, (4, 11))
for step in range(3):
    logits = lm(domain[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, V), domain[:, 1:].reshape(-1))
    opt.zero_grad(); loss.backward(); opt.step()
print("fine-tune", loss.item())
