# expect: crash
# icefall recipe shape: `params` AttributeDict, compute_loss / compute_validation_loss in losses.py, and
# train_one_epoch() here. train_one_epoch() calls model.train() once at its top; the mid-epoch validation every
# `valid_interval` batches switches to eval and this recipe dropped the `model.train()` that should follow it.
import torch

from losses import compute_loss, compute_validation_loss
from model import LstmCtcModel
from utils import AttributeDict, MetricsTracker


def get_params():
    return AttributeDict({"best_train_loss": float("inf"), "best_valid_loss": float("inf"), "best_valid_epoch": -1,
                          "batch_idx_train": 0, "log_interval": 2, "valid_interval": 2, "num_epochs": 2,
                          "cur_epoch": 0, "lr": 1e-3})


def make_batches(n, bs=3, T=12, feats=8):
    return [{"inputs": torch.randn(bs, T, feats), "input_lens": torch.full((bs,), T),
             "targets": torch.randint(1, 6, (bs, 3)), "target_lens": torch.full((bs,), 3)} for _ in range(n)]


def train_one_epoch(params, model, optimizer, scaler, train_dl, valid_dl):
    model.train()
    tot_loss = MetricsTracker()
    for batch_idx, batch in enumerate(train_dl):
        params.batch_idx_train += 1
        loss, loss_info = compute_loss(params, model, batch, is_training=True)
        tot_loss = tot_loss + loss_info
        optimizer.zero_grad()
        scaler.scale(loss).backward()  # TM001-here
        scaler.step(optimizer)
        scaler.update()
        if batch_idx % params.log_interval == 0:
            print(f"Epoch {params.cur_epoch}, batch {batch_idx}, loss[{loss_info}], tot_loss[{tot_loss}]")
        if batch_idx > 0 and batch_idx % params.valid_interval == 0:
            valid_info = compute_validation_loss(params, model, valid_dl)
            print(f"Epoch {params.cur_epoch}, validation: {valid_info}")


def run():
    params = get_params()
    torch.manual_seed(0)
    model = LstmCtcModel()
    optimizer = torch.optim.Adam(model.parameters(), lr=params.lr)
    scaler = torch.amp.GradScaler("cpu", enabled=False)
    train_dl, valid_dl = make_batches(5), make_batches(1)
    for epoch in range(1, params.num_epochs + 1):
        params.cur_epoch = epoch
        train_one_epoch(params, model, optimizer, scaler, train_dl, valid_dl)
    print("done")


if __name__ == "__main__":
    run()
