def set_mode(model, mode):
    """Mode names used in schedules: 'fit' trains, anything else is inference."""
    model.train(mode == "fit")
