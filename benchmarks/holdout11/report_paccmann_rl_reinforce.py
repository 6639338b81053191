# expect: crash
# Rebuilt from PaccMann/paccmann_rl#5 ("cudnn RNN backward can only be called in training mode"): a REINFORCE
# loop where the generator's sampling routine switches the generator to eval; the reporter then added
# generator.train() / predictor.train() right before rl_loss.backward() and it "doesn't work" -- the log-probs
# were produced by the eval-mode forward, so train() comes too late.
import torch
import torch.nn as nn


class SmilesGenerator(nn.Module):
    def __init__(self, vocab=20, d=16):
        super().__init__()
        self.vocab = vocab
        self.emb = nn.Embedding(vocab, d)
        self.gru = nn.GRU(d, d, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(d, vocab)

    def generate(self, batch_size, length=8):
        self.eval()
        tok = torch.zeros(batch_size, 1, dtype=torch.long)
        h, logps, seqs = None, [], []
        for _ in range(length):
            o, h = self.gru(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.out(o[:, -1]))
            nxt = dist.sample()
            logps.append(dist.log_prob(nxt))
            seqs.append(nxt)
            tok = nxt[:, None]
        return torch.stack(seqs, 1), torch.stack(logps, 1)


class Predictor(nn.Module):
    def __init__(self, vocab=20):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, s):
        return torch.sigmoid(self.fc(self.rnn(self.emb(s))[0][:, -1])).squeeze(-1)


class Reinforce:
    def __init__(self, generator, predictor, lr=1e-3):
        self.generator, self.predictor = generator, predictor
        self.opt = torch.optim.Adam(self.generator.parameters(), lr=lr)

    def policy_gradient(self, batch_size=4):
        self.predictor.eval()
        seqs, logps = self.generator.generate(batch_size)
        with torch.no_grad():
            reward = self.predictor(seqs)
        rl_loss = -(logps.sum(1) * (reward - reward.mean())).mean()
        self.generator.train()
        self.predictor.train()
        self.opt.zero_grad()
        rl_loss.backward()  # TM001-here
        self.opt.step()
        return rl_loss.item()


torch.manual_seed(0)
learner = Reinforce(SmilesGenerator(), Predictor())
for epoch in range(2):
    print(epoch, learner.policy_gradient())
print("done")
