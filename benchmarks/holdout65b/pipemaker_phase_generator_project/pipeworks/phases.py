def phase_stream(model, train_batches, val_batches, epochs):
    """Yields (phase, epoch, batch); sets the model's mode before each phase."""
    for epoch in range(epochs):
        model.train()
        for b in train_batches:
            yield "train", epoch, b
        model.eval()
        for b in val_batches:
            yield "val", epoch, b
    model.train()
