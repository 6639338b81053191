# expect: crash
"""ASR n-best rescoring with an LSTM LM that adapts online to each utterance's best hypothesis."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class LSTMLM(nn.Module):
    def __init__(self, v=16, d=8):
        super().__init__()
        self.emb = nn.Embedding(v, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.proj = nn.Linear(d, v)

    def score(self, seq):
        h, _ = self.lstm(self.emb(seq[:, :-1]))
        logp = self.proj(h).log_softmax(-1)
        return logp.gather(2, seq[:, 1:, None]).squeeze(-1).sum(-1)


@torch.no_grad()
def rescore_and_adapt(lm, nbest, am_scores, opt, weight=0.5):
    total = am_scores + weight * lm.score(nbest)
    best = nbest[total.argmax()].unsqueeze(0)
    with torch.enable_grad():
        loss = -lm.score(best).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return best


lm = LSTMLM().eval()
opt = torch.optim.SGD(lm.parameters(), lr=0.01)
for utt in range(3):
    nbest = torch.randint(0, 16, (4, 6))
    print(utt, rescore_and_adapt(lm, nbest, torch.randn(4), opt).tolist())
print("done")
