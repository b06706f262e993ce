namespace PolicyRules;

/// <summary>Who a next step is for; a verdict lists its next steps by audience, in this order.</summary>
public enum Audience
{
    /// <summary>The person the request concerns (the data subject), or their lawyer.</summary>
    Person,

    /// <summary>The National Central Bureau that received the notice or diffusion, where the person is or is believed to be.</summary>
    ReceivingBureau,

    /// <summary>The U.S. executive: the Attorney General, the Secretary of State and the agencies under them.</summary>
    UsAuthorities,
}
