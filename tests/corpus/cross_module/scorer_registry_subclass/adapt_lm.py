# expect: crash
"""`build_scorer("rnnlm")` looks the class up in a registry filled by Scorer.__init_subclass__; RNNLMScorer's
__init__ (scorers/lm.py) puts its LSTM LM in eval mode, and the domain fine-tune backpropagates through score()."""
import torch

from scorers import build_scorer


def domain_batches(n=3, vocab=12):
    for _ in range(n):
        yield torch.randint(0, vocab, (3, 7))


torch.manual_seed(0)
scorer = build_scorer("rnnlm")
opt = torch.optim.Adam(scorer.lm.parameters(), lr=1e-2)
for step, tokens in enumerate(domain_batches()):
    nll = -scorer.score(tokens).mean()
    opt.zero_grad()
    nll.backward()  # TM001-here
    opt.step()
    print(step, round(nll.item(), 4))
