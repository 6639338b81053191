def batch_stream(model, batches, probe, every):
    """Yield training batches; every `every` batches look at the probe in eval mode."""
    for i, batch in enumerate(batches):
        if i and i % every == 0:
            model.eval()
            probe(model)
        yield batch
        model.train()
