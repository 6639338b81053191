# expect: crash
# fix: cudnn
# category: frameworks
"""A subclass overrides step() to clip gradients and forgets the base class's train()."""
import torch

from estimator import SeqEstimator
from seqnets import LastStepLSTM


class ClippedEstimator(SeqEstimator):
    def step(self, xb, yb):
        self.opt_.zero_grad()
        loss = self.loss_fn_(self.model_(xb), yb)
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.model_.parameters(), 1.0)
        self.opt_.step()
        return loss.item()


torch.manual_seed(0)
X = torch.randn(32, 6, 2)
y = X.mean((1, 2))
est = ClippedEstimator(LastStepLSTM, epochs=3)
est.fit(X, y)
print(est.scores_)
