import torch


def make_station_data(n_batches, batch, seq, feat, classes=3):
    def split():
        return [(torch.randn(batch, seq, feat), torch.randint(0, classes, (batch,))) for _ in range(n_batches)]

    return {"train": split(), "val": split()}
