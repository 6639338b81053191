# expect: clean
"""Ice-rink resurfacing: predict surface hardness after a resurfacer pass
from the brine/slab temperature log. Pretrain on the home rink, evaluate,
then fine-tune on the visiting rink with normalisation statistics frozen.
The entry only builds a typed config and calls fit()."""
from rinkkit import RinkConfig, HardnessNet, PhasedTrainer


def main():
    cfg: RinkConfig = {"hidden": 8, "lr": 5e-3, "pretrain_steps": 3, "finetune_steps": 2, "seed": 67}
    trainer = PhasedTrainer(HardnessNet(cfg["hidden"]), cfg)
    print(trainer.fit())


if __name__ == "__main__":
    main()
