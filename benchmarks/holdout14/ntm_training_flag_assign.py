# expect: clean
"""Neural Turing Machine (copy task) with an nn.LSTM controller. The outer NTM object toggles a `training`
attribute by assignment to skip the memory-noise branch during validation — the controller itself stays in train."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Memory(nn.Module):
    def __init__(self, N=8, M=5):
        super().__init__()
        self.register_buffer("mem_bias", torch.randn(N, M) * 0.01)

    def reset(self, batch):
        self.memory = self.mem_bias.clone().repeat(batch, 1, 1)

    def address(self, k, beta):
        sim = F.cosine_similarity(self.memory + 1e-16, k.unsqueeze(1) + 1e-16, dim=-1)
        return F.softmax(beta * sim, -1)

    def read(self, w):
        return torch.matmul(w.unsqueeze(1), self.memory).squeeze(1)

    def write(self, w, e, a):
        self.memory = self.memory * (1 - w.unsqueeze(-1) * e.unsqueeze(1)) + w.unsqueeze(-1) * a.unsqueeze(1)


class NTM(nn.Module):
    def __init__(self, num_inputs=4, num_outputs=4, ctrl=12, M=5):
        super().__init__()
        self.controller = nn.LSTM(num_inputs + M, ctrl)
        self.memory = Memory(M=M)
        self.head = nn.Linear(ctrl, 3 * M + 1)
        self.fc = nn.Linear(ctrl + M, num_outputs)
        self.M = M

    def forward(self, seq):
        B = seq.size(1)
        self.memory.reset(B)
        r, state, outs = torch.zeros(B, self.M), None, []
        for x in seq:
            o, state = self.controller(torch.cat([x, r], -1).unsqueeze(0), state)
            o = o.squeeze(0)
            k, e, a, beta = torch.split(self.head(o), [self.M, self.M, self.M, 1], -1)
            if self.training:
                k = k + 0.01 * torch.randn_like(k)
            w = self.memory.address(k, F.softplus(beta))
            self.memory.write(w, torch.sigmoid(e), a)
            r = self.memory.read(w)
            outs.append(torch.sigmoid(self.fc(torch.cat([o, r], -1))))
        return torch.stack(outs)


net = NTM()
opt = torch.optim.RMSprop(net.parameters(), lr=1e-3, momentum=0.9)
for batch_num in range(4):
    seq = torch.bernoulli(torch.full((5, 2, 4), 0.5))
    net.training = False          # plain attribute on the outer module only
    with torch.no_grad():
        val_cost = F.binary_cross_entropy(net(seq), seq).item()
    inp = torch.cat([seq, torch.zeros(5, 2, 4)])
    out = net(inp)[5:]
    loss = F.binary_cross_entropy(out, seq)
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_value_(net.parameters(), 10)
    opt.step()
    net.training = True
print("ntm ok", val_cost)
