def disable_dropout(module):
    """Put every dropout-bearing module in eval mode so fine-tuning is deterministic."""
    if hasattr(module, "dropout") or type(module).__name__ == "Dropout":
        module.eval()
