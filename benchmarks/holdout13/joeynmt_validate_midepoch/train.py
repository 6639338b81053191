# expect: crash
"""joeynmt-style entry: builds the model from a config dict and hands it to TrainManager. Validation runs every
`validation_freq` batches *inside* the epoch via prediction.validate_on_data(), which calls model.eval(); the
TrainManager only calls model.train() at the start of each epoch."""
from joeynmt.model import build_model
from joeynmt.training import TrainManager

cfg = {
    "model": {"encoder": {"type": "recurrent", "rnn_type": "lstm", "hidden_size": 12, "emb_size": 8},
              "decoder": {"type": "recurrent", "hidden_size": 12}},
    "training": {"epochs": 1, "validation_freq": 2, "batch_size": 4, "learning_rate": 1e-3},
    "vocab": 20,
}

if __name__ == "__main__":
    model = build_model(cfg["model"], vocab_size=cfg["vocab"])
    trainer = TrainManager(model=model, config=cfg)
    trainer.train_and_validate(train_data=trainer.random_data(6), valid_data=trainer.random_data(1))
    print("done")
