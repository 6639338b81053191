# expect: crash
"""Loom thread-break prediction on a chainmaker-like trainer with overridable hooks."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from chainmaker import HookedTrainer, build_model  # noqa: E402


class LoomTrainer(HookedTrainer):
    def on_validation_end(self, metrics):
        super().on_validation_end(metrics)
        # check the export path once per epoch: exported graphs must be deterministic
        self.model.eval()
        with torch.no_grad():
            self.export_probe = self.model(self.val_x[:1]).shape


def main():
    torch.manual_seed(11)
    model = build_model("loom_gru", d_in=5, hidden=8, n_cls=2)
    trainer = LoomTrainer(model, epochs=3)
    x, y = torch.randn(8, 6, 5), torch.randint(0, 2, (8,))
    trainer.fit(x, y, x[:4], y[:4])
    print("history", trainer.history)


if __name__ == "__main__":
    main()
