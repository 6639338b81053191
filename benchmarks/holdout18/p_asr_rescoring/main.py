# expect: crash
import torch

from rescore import build_scorer, rerank
from rescore.nbest import mwer_step

torch.manual_seed(32)
scorer = build_scorer("rnnlm")
opt = torch.optim.Adam(scorer.lm.parameters(), lr=1e-3)
for utt in range(2):
    hyps = torch.randint(0, 10, (4, 6))
    acoustic = torch.randn(4)
    errors = torch.tensor([0.0, 1.0, 2.0, 1.0])
    with torch.no_grad():
        print("1-best", rerank(acoustic, scorer.score(hyps), 0.5).item())
    print("mwer", mwer_step(scorer, opt, hyps, acoustic, errors))
