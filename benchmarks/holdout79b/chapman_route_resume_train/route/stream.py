import torch


def _batch(g, b=4, t=6, n_stops=7):
    stops = torch.randint(0, n_stops, (b, t), generator=g)
    qty = torch.rand(b, t, generator=g)
    return stops, qty[:, :-1], qty[:, 1:]


def batch_stream(trainer, n_batches, val_after, seed=0):
    """Yields ("train", batch) items, with one ("val", batch) look after `val_after`
    training batches. The model is put in the right mode before each yield and
    back into training mode when the stream resumes."""
    g = torch.Generator().manual_seed(seed)
    trainer.net.train()
    for i in range(n_batches):
        stops, q_in, q_out = _batch(g)
        yield "train", (stops[:, :-1], q_in, q_out)
        if i + 1 == val_after:
            trainer.net.eval()
            vs, vq_in, vq_out = _batch(g)
            yield "val", (vs[:, :-1], vq_in, vq_out)
            trainer.net.train()
