import travel
