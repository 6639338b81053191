# expect: clean
"""RecBole-style quick start: config -> dataset -> get_model(name) -> Trainer.fit with a _valid_epoch each epoch."""
import torch

from recbole_lite.config import Config
from recbole_lite.data import SessionData
from recbole_lite.utils import get_model, get_trainer

if __name__ == "__main__":
    torch.manual_seed(2)
    config = Config(model="GRU4Rec", n_items=20, embedding_size=8, hidden_size=8, epochs=3, eval_step=1,
                    train_batch_size=4, learning_rate=0.01)
    dataset = SessionData(config)
    model = get_model(config["model"])(config, dataset)
    trainer = get_trainer(config["model"])(config, model)
    best_valid_score, best_valid_result = trainer.fit(dataset.train_data, dataset.valid_data)
    print(best_valid_score, best_valid_result)
