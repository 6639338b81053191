# expect: clean
"""Forger's hammer-rhythm classifier: registry-built models, a mixin evaluator, a mode-switching batch stream."""
import torch

from smithy import build, StreamTrainer

CFG = {"arch": "anvil_gru", "hidden": 8, "n_in": 3, "n_cls": 4, "rounds": 3, "lr": 0.01}


def main():
    torch.manual_seed(10)
    model = build(CFG["arch"], hidden=CFG["hidden"], n_in=CFG["n_in"], n_cls=CFG["n_cls"])
    trainer = StreamTrainer(model, lr=CFG["lr"])
    for rnd, (tr_loss, val_acc) in enumerate(trainer.run(rounds=CFG["rounds"])):
        print(f"round {rnd}: train {tr_loss:.4f} mid-val acc {val_acc:.3f}")
    print("final", trainer.evaluate())


if __name__ == "__main__":
    main()
