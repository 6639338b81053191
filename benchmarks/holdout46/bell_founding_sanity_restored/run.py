# expect: clean
"""Bell founding: predict the strike-note deviation (in cents) of a cast bell
from the cooling-curve readings logged by the thermocouples in the mould pit."""
from foundry import BellCastingTask, Trainer, make_pits


def main():
    task = BellCastingTask(n_sensors=5, hidden=8)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1, lr=5e-3)
    train_pits, val_pits = make_pits(6, seed=1), make_pits(2, seed=2)
    trainer.fit(task, train_pits, val_pits)
    print("final val mse:", round(trainer.history[-1]["val_mse"], 4))


if __name__ == "__main__":
    main()
