# expect: crash
"""pykt-toolkit style: init_model() builds from a string name, train_model() loops epochs and calls evaluate()
(from evaluate_model.py) once per epoch. The optimizer step lives in pykt/utils/optim.py."""
import torch

from pykt.models import init_model, train_model


def make_loader(n_batches, bs=4, L=6, num_c=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [{"cseqs": torch.randint(0, num_c, (bs, L), generator=g),
             "rseqs": torch.randint(0, 2, (bs, L), generator=g),
             "masks": torch.ones(bs, L - 1, dtype=torch.bool)} for _ in range(n_batches)]


def main(params):
    model_config = {"emb_size": 8, "dropout": 0.1}
    data_config = {"num_c": 5}
    model = init_model(params["model_name"], model_config, data_config, params["emb_type"])
    opt = torch.optim.Adam(model.parameters(), params["learning_rate"])
    train_loader, valid_loader = make_loader(3), make_loader(2, seed=1)
    testauc, testacc, best_epoch = train_model(model, train_loader, valid_loader, params["num_epochs"], opt,
                                               ckpt_path=None)
    print("best epoch", best_epoch, "auc", testauc)


if __name__ == "__main__":
    main({"model_name": "dkt", "emb_type": "qid", "learning_rate": 1e-3, "num_epochs": 3})
