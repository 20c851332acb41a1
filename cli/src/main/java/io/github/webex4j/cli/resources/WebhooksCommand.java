package io.github.webex4j.cli.resources;

import io.github.webex4j.AutoPager;
import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.SecretFile;
import io.github.webex4j.webhooks.Webhook;
import io.github.webex4j.webhooks.WebhookCreateParams;
import io.github.webex4j.webhooks.WebhookEvent;
import io.github.webex4j.webhooks.WebhookListParams;
import io.github.webex4j.webhooks.WebhookResource;
import io.github.webex4j.webhooks.WebhookStatus;
import io.github.webex4j.webhooks.WebhookUpdateParams;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex webhooks list|get|create|update|delete}. Secrets are never printed. */
@Command(
    name = "webhooks",
    description = "Webhooks: HTTP callbacks on events (/webhooks). Secrets are shown as ***.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex webhooks list",
      "  webex webhooks create --name ci --target-url https://ci.example.com/hook"
          + " --resource messages --event created"
    })
public final class WebhooksCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS =
      List.of("id", "name", "resource", "event", "status", "targetUrl");

  /** The webhook with its secret masked. */
  static Webhook masked(Webhook w) {
    return new Webhook(
        w.id(),
        w.name(),
        w.targetUrl(),
        w.resource(),
        w.event(),
        w.filter(),
        w.secret() == null ? null : "***",
        w.status(),
        w.created(),
        w.ownedBy(),
        w.orgId(),
        w.createdBy(),
        w.appId(),
        w.extra());
  }

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        WebhooksCommand.ListWebhooks.class,
        WebhooksCommand.GetWebhook.class,
        WebhooksCommand.CreateWebhook.class,
        WebhooksCommand.UpdateWebhook.class,
        WebhooksCommand.DeleteWebhook.class);
  }

  @Command(
      name = "list",
      description = "List your webhooks.",
      footerHeading = "%nExamples:%n",
      footer = {"  webex webhooks list", "  webex webhooks list --org -o json"})
  static final class ListWebhooks extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--org", description = "Org-wide webhooks (admins).")
    private boolean org;

    @Override
    public Integer call() {
      WebhookListParams params = new WebhookListParams(org ? "org" : null, options.pageSize());
      AutoPager<Webhook> webhooks = webex().webhooks().list(params).autoPager();
      Iterable<Webhook> masked =
          () -> options.stream(webhooks).map(WebhooksCommand::masked).iterator();
      output().list(masked, COLUMNS);
      return 0;
    }
  }

  @Command(
      name = "get",
      description = "Show one webhook.",
      footerHeading = "%nExamples:%n",
      footer = "  webex webhooks get WEBHOOK_ID")
  static final class GetWebhook extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Webhook id.")
    private String id;

    @Override
    public Integer call() {
      return show(masked(webex().webhooks().get(id)));
    }
  }

  @Command(
      name = "create",
      description = "Create a webhook.",
      footerHeading = "%nExamples:%n",
      footer =
          "  webex webhooks create --name ci --target-url https://ci.example.com/hook"
              + " --resource messages --event created --filter roomId=ROOM_ID")
  static final class CreateWebhook extends ApiCommand {
    @Option(names = "--name", required = true, description = "Name.")
    private String name;

    @Option(names = "--target-url", required = true, paramLabel = "URL", description = "Callback.")
    private String targetUrl;

    @Option(names = "--resource", required = true, description = "${COMPLETION-CANDIDATES}")
    private WebhookResource resource;

    @Option(names = "--event", required = true, description = "${COMPLETION-CANDIDATES}")
    private WebhookEvent event;

    @Option(names = "--filter", description = "e.g. roomId=... or mentionedPeople=me.")
    private String filter;

    @Option(
        names = "--secret",
        description = "HMAC secret for X-Spark-Signature (visible to ps; prefer --secret-file).")
    private String secret;

    @Option(
        names = "--secret-file",
        paramLabel = "PATH",
        description = "File holding the HMAC secret (kept out of the command line).")
    private Path secretFile;

    @Override
    public Integer call() {
      WebhookCreateParams params =
          WebhookCreateParams.builder()
              .name(name)
              .targetUrl(targetUrl)
              .resource(resource)
              .event(event)
              .filter(filter)
              .secret(
                  SecretFile.choose(
                      localPath(null), "--secret-file", "--secret", secret, secretFile))
              .build();
      return show(masked(webex().webhooks().create(params)));
    }
  }

  @Command(
      name = "update",
      description = "Change a webhook's name, target URL or secret, or reactivate it.",
      footerHeading = "%nExamples:%n",
      footer = "  webex webhooks update WEBHOOK_ID --target-url https://new.example.com/hook")
  static final class UpdateWebhook extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Webhook id.")
    private String id;

    @Option(names = "--name", description = "New name (default: unchanged).")
    private String name;

    @Option(names = "--target-url", paramLabel = "URL", description = "New callback URL.")
    private String targetUrl;

    @Option(names = "--secret", description = "New HMAC secret (prefer --secret-file).")
    private String secret;

    @Option(
        names = "--secret-file",
        paramLabel = "PATH",
        description = "File holding the new secret.")
    private Path secretFile;

    @Option(names = "--reactivate", description = "Set the status back to active.")
    private boolean reactivate;

    @Override
    public Integer call() {
      Webhook current = webex().webhooks().get(id);
      WebhookUpdateParams params =
          new WebhookUpdateParams(
              name != null ? name : current.name(),
              targetUrl != null ? targetUrl : current.targetUrl(),
              SecretFile.choose(localPath(null), "--secret-file", "--secret", secret, secretFile),
              null,
              reactivate ? WebhookStatus.ACTIVE : null);
      return show(masked(webex().webhooks().update(id, params)));
    }
  }

  @Command(
      name = "delete",
      description = "Delete a webhook.",
      footerHeading = "%nExamples:%n",
      footer = "  webex webhooks delete WEBHOOK_ID")
  static final class DeleteWebhook extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Webhook id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "webhook", id, () -> webex().webhooks().delete(id));
    }
  }
}
