# expect: crash
"""MMEngine-style entry: a config names the model, the loops and the hooks by string."""
import torch

from engine import Runner
import models  # noqa: F401  (fills MODELS)

cfg = dict(
    model=dict(type="SeqTagger", vocab=30, dim=8, num_tags=5),
    optim_wrapper=dict(type="OptimWrapper", optimizer=dict(type="SGD", lr=0.1)),
    train_dataloader=dict(num_batches=4, batch_size=3, seq_len=6),
    val_dataloader=dict(num_batches=2, batch_size=3, seq_len=6),
    train_cfg=dict(max_epochs=2),
    custom_hooks=[dict(type="IterValHook", interval=2), dict(type="LoggerHook")],
)

if __name__ == "__main__":
    torch.manual_seed(0)
    runner = Runner.from_cfg(cfg)
    runner.train()
    print("done", runner.message_hub)
